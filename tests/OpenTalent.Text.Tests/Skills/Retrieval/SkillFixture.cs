using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Tests.Skills.Retrieval;

/// <summary>A small ESCO + O*NET snapshot written for the retrieval and extraction tests.</summary>
internal static class SkillFixture
{
    public static TaxonomySnapshot Snapshot { get; } = Create();

    public static TaxonomySnapshot Create()
    {
        var skills = new List<SnapshotSkill>();
        int Esco(string key, string label, string? description, params string[] alt)
        {
            skills.Add(new SnapshotSkill(skills.Count, TaxonomySource.Esco, key, label, SkillKind.Skill, "esco", $"http://data.europa.eu/esco/skill/{key}", alt, description, false, false));
            return skills.Count - 1;
        }

        int Onet(string key, string label, string? description, params string[] alt)
        {
            skills.Add(new SnapshotSkill(skills.Count, TaxonomySource.Onet, key, label, SkillKind.Technology, "onet", null, alt, description, false, false));
            return skills.Count - 1;
        }

        var visualisation = Esco("vis", "data visualisation", "Create visual representations of data such as charts, graphs and dashboards for reporting.", "visualise data", "data visualization");
        var teams = Esco("teams", "work in teams", "Collaborate with colleagues and cooperate as part of a team towards shared goals.", "teamwork", "cooperate with colleagues");
        var problems = Esco("problems", "solve problems", "Find solutions to problems in planning, organising and evaluating work.", "problem solving");
        var budgets = Esco("budgets", "manage budgets", "Plan, monitor and report on the budget.", "budget management");
        var java = Esco("java", "Java (computer programming)", "Techniques and principles of software development in Java.", "Java");
        var python = Esco("python", "Python (computer programming)", "Techniques and principles of software development in Python.", "Python");
        var spreadsheets = Esco("sheets", "use spreadsheets software", "Use software tools to create and edit tabular data, formulas and charts.", "spreadsheets");
        var sales = Esco("sales", "perform sales analysis", "Examine sales reports to see which goods sold well.", "sales analysis");
        var cooking = Esco("cook", "prepare meals", "Cook dishes in a kitchen from fresh ingredients.", "cooking");
        var driving = Esco("drive", "drive vehicles", "Be able to drive cars and vans on public roads.", "driving");
        var onetPython = Onet("python", "Python", "Object or component oriented development software");
        var onetExcel = Onet("excel", "Microsoft Excel", "Spreadsheet software", "Excel");

        var analyst = new SnapshotOccupation(0, TaxonomySource.Esco, "analyst", "data analyst",
            "Data analysts build dashboards and charts that visualise data for sales and management teams.",
            [], [new OccupationTitle("data analyst", TitleKind.Preferred), new OccupationTitle("business intelligence analyst", TitleKind.Alternate)],
            ["Build dashboards that visualise sales data.", "Present charts and graphs of data to the team.", "Visualise data for reporting."],
            [new SnapshotLink(visualisation, SkillRelation.Essential, null), new SnapshotLink(sales, SkillRelation.Essential, null), new SnapshotLink(spreadsheets, SkillRelation.Optional, null), new SnapshotLink(python, SkillRelation.Optional, null)],
            [], null);
        var lead = new SnapshotOccupation(1, TaxonomySource.Esco, "lead", "team leader",
            "Team leaders help colleagues collaborate as a team player would, and solve problems for the business.",
            [], [new OccupationTitle("team leader", TitleKind.Preferred)],
            ["Be a team player who collaborates with colleagues.", "Solve business problems with the team.", "Manage the budget of the team."],
            [new SnapshotLink(teams, SkillRelation.Essential, null), new SnapshotLink(problems, SkillRelation.Essential, null), new SnapshotLink(budgets, SkillRelation.Optional, null)],
            [], null);
        var chef = new SnapshotOccupation(2, TaxonomySource.Esco, "chef", "cook",
            "Cooks prepare meals in kitchens.", [], [new OccupationTitle("cook", TitleKind.Preferred)],
            ["Prepare meals from fresh ingredients.", "Cook dishes for guests."],
            [new SnapshotLink(cooking, SkillRelation.Essential, null)], [], null);
        var developer = new SnapshotOccupation(3, TaxonomySource.Onet, "15-1252.00", "Software Developers",
            "Develop software in Java and Python.", [], [new OccupationTitle("Software Developer", TitleKind.Preferred)],
            ["Write software in Java or Python.", "Drive vehicles to client sites."],
            [new SnapshotLink(onetPython, SkillRelation.Unspecified, null), new SnapshotLink(onetExcel, SkillRelation.Unspecified, null), new SnapshotLink(java, SkillRelation.Optional, null), new SnapshotLink(driving, SkillRelation.Optional, null)],
            [], null);
        return new TaxonomySnapshot([analyst, lead, chef, developer], skills);
    }
}
