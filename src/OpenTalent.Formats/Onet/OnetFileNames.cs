namespace OpenTalent.Formats.Onet;

/// <summary>The files of the O*NET text database that the reader uses, named as the O*NET Resource Center ships them.</summary>
internal static class OnetFileNames
{
    public const string OccupationData = "Occupation Data.txt";
    public const string AlternateTitles = "Alternate Titles.txt";
    public const string ReportedTitles = "Sample of Reported Titles.txt";
    public const string TechnologySkills = "Technology Skills.txt";
    public const string ToolsUsed = "Tools Used.txt";
    public const string TaskStatements = "Task Statements.txt";
    public const string Skills = "Skills.txt";
    public const string Knowledge = "Knowledge.txt";
    public const string JobZones = "Job Zones.txt";
    public const string RelatedOccupations = "Related Occupations.txt";
    public const string ContentModelReference = "Content Model Reference.txt";
    public const string ReadMe = "Read Me.txt";
    public const string CodeColumn = "O*NET-SOC Code";
}
