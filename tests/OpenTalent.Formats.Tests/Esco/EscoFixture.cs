using OpenTalent.Testing;

namespace OpenTalent.Formats.Tests.Esco;

/// <summary>Small ESCO folders in the two layouts the reader understands.</summary>
internal static class EscoFixture
{
    public const string OccupationUri = "http://data.europa.eu/esco/occupation/";
    public const string SkillUri = "http://data.europa.eu/esco/skill/";

    /// <summary>The Tabiya export: upper-case occupation columns, newline-separated labels, a rebuilt relations file.</summary>
    public static void WriteTabiya(TempDirectory folder)
    {
        folder.Write("model_info.csv", "\"UUIDHISTORY\",\"NAME\",\"LOCALE\",\"DESCRIPTION\",\"VERSION\"\n\"a\nb\",\"ESCO v1.1.1\",\"\",\"original\",\"\"\n");
        folder.Write("occupations.csv",
            "\"ORIGINURI\",\"ID\",\"OCCUPATIONGROUPCODE\",\"CODE\",\"PREFERREDLABEL\",\"ALTLABELS\",\"DESCRIPTION\"\n" +
            $"\"{OccupationUri}dev\",\"key_1\",\"2512\",\"2512.4\",\"software developer\",\"programmer\ncoder\nCoder\nsoftware developer\",\"Writes software.\"\n" +
            $"\"{OccupationUri}nurse\",\"key_2\",\"2221\",\"2221.1\",\"nurse\",\"\",\"\"\n");
        folder.Write("skills_en.csv",
            "conceptUri,skillType,preferredLabel,altLabels,uriMatch,preferredLabel_v1_2,inEscoV1_2_0\n" +
            $"{SkillUri}py,knowledge,Python,\"python programming\npython\",label-api,Python,yes\n" +
            $"{SkillUri}care,skill/competence,care for patients,\"look after patients\",label-api,provide patient care,yes\n" +
            $"{SkillUri}team,,work in teams,\"\",label-api,,yes\n" +
            ",skill/competence,manage tanning operations,\"plan tanning operations\",none,,\n");
        folder.Write("skills_en_v1.2.1_crosssector_transversal.csv",
            "conceptUri,preferredLabel,altLabels,skillType,reuseLevel,description\n" +
            $"{SkillUri}team,work in teams,\"collaborate\ncooperate\",skill/competence,transversal,\"Work with others.\"\n" +
            $"{SkillUri}ethics,apply ethics,\"\",skill/competence,transversal,\n");
        folder.Write("v1.2.0/digitalSkillsCollection_en.csv",
            "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n" +
            $"KnowledgeSkillCompetence,{SkillUri}py,Python,released,knowledge,sector-specific,Python 3 | CPython,\"A programming language.\",,\n" +
            $"KnowledgeSkillCompetence,{SkillUri}sql,SQL,released,knowledge,sector-specific,structured query language,,,\n");
        folder.Write("skill_groups.csv", "\"ORIGINURI\",\"CODE\",\"PREFERREDLABEL\"\n\"http://data.europa.eu/esco/isced-f/00\",\"00\",\"generic\"\n");
        folder.Write("occupation_skill_relations_en.csv",
            "occupationUri,relationType,skillType,skillUri,skillLabel,skillUriMatch\n" +
            $"{OccupationUri}dev,essential,knowledge,{SkillUri}py,Python,official\n" +
            $"{OccupationUri}dev,optional,,{SkillUri}sql,SQL,official\n" +
            $"{OccupationUri}dev,essential,,{SkillUri}sql,SQL,official\n" +
            $"{OccupationUri}nurse,essential,,,care for patients,unmapped\n" +
            $"{OccupationUri}nurse,optional,,,holography,unmapped\n" +
            $"{OccupationUri}nurse,optional,,{SkillUri}gone|{SkillUri}team,work in teams,ambiguous:x\n" +
            $"{OccupationUri}retired,essential,,{SkillUri}py,Python,official\n" +
            $"{OccupationUri}dev,optional,,{SkillUri}unknown,mystery,official\n");
    }

    /// <summary>The official download, unpacked into a folder inside the one given.</summary>
    public static string WriteOfficial(TempDirectory folder)
    {
        const string Inner = "ESCO dataset - v1.2.0 - classification - en - csv";
        folder.Write($"{Inner}/occupations_en.csv",
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code\n" +
            $"Occupation,{OccupationUri}dev,2512,software developer,\"programmer\ncoder\",,released,\"Writes software.\",2512.4\n");
        folder.Write($"{Inner}/skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description\n" +
            $"KnowledgeSkillCompetence,{SkillUri}py,knowledge,sector-specific,Python,\"python programming\",,released,A language.\n");
        folder.Write($"{Inner}/skillsHierarchy_en.csv", "Level 0 URI,Level 0 preferred term\nx,y\n");
        folder.Write($"{Inner}/occupationSkillRelations_en.csv",
            "occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n" +
            $"{OccupationUri}dev,software developer,essential,knowledge,{SkillUri}py,Python\n");
        return Path.Combine(folder.Path, Inner);
    }
}
