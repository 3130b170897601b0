using OpenTalent.Testing;

namespace OpenTalent.Formats.Tests.Onet;

/// <summary>A tiny O*NET text database written for one test: three occupations and a few rows per file.</summary>
internal sealed class OnetFixture : IDisposable
{
    private readonly TempDirectory _folder = new();

    public string Path => _folder.Path;

    public static OnetFixture Complete()
    {
        var fixture = new OnetFixture();
        fixture.Write("Read Me.txt", "O*NET 29.3 Database", "May 2025 Release");
        fixture.Write("Occupation Data.txt",
            "O*NET-SOC Code\tTitle\tDescription",
            "15-1252.00\tSoftware Developers\tResearch, design, and develop computer software.",
            "15-1211.00\tComputer Systems Analysts\tAnalyze science, engineering, business, and other data processing problems.",
            "29-1141.00\tRegistered Nurses\t");
        fixture.Write("Alternate Titles.txt",
            "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)",
            "15-1252.00\tSoftware Developers\tApplication Developer\t\t08",
            "15-1252.00\tSoftware Developers\tSoftware Development Engineer\tSDE\t10",
            "99-9999.00\tNobody\tGhost Title\t\t10",
            "29-1141.00\tRegistered Nurses\tStaff Nurse\tRN\t08");
        fixture.Write("Sample of Reported Titles.txt",
            "O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move",
            "15-1252.00\tSoftware Developers\tSoftware Engineer\tY");
        fixture.Write("Technology Skills.txt",
            "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand",
            "15-1252.00\tSoftware Developers\tPython\t43232405\tObject or component oriented development software\tY\tY",
            "15-1211.00\tComputer Systems Analysts\tPython\t43232405\tObject or component oriented development software\tN\tN",
            "15-1211.00\tComputer Systems Analysts\tMicrosoft Excel\t43232110\tSpreadsheet software\tN\tN");
        fixture.Write("Tools Used.txt",
            "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title",
            "29-1141.00\tRegistered Nurses\tStethoscopes\t42181600\tStethoscopes");
        fixture.Write("Task Statements.txt",
            "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source",
            "15-1252.00\tSoftware Developers\t1\tModify existing software to correct errors.\tCore\t90.0\t08/2023\tIncumbent",
            "15-1252.00\tSoftware Developers\t2\tConfer with data processing staff.\tSupplemental\t40.0\t08/2023\tIncumbent",
            "29-1141.00\tRegistered Nurses\t3\tMonitor patients.\t\t\t08/2024\tAnalyst");
        var elementHeader = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source";
        fixture.Write("Skills.txt",
            elementHeader,
            "15-1252.00\tSoftware Developers\t2.B.3.e\tProgramming\tIM\tImportance\t4.1250\t8\t0.1\t3.9\t4.3\tN\t\t08/2023\tAnalyst",
            "15-1252.00\tSoftware Developers\t2.B.3.e\tProgramming\tLV\tLevel\t5.5\t8\t0.1\t5.3\t5.7\tN\tN\t08/2023\tAnalyst",
            "15-1211.00\tComputer Systems Analysts\t2.B.3.e\tProgramming\tIM\tImportance\tn/a\t8\t\t\t\tN\t\t08/2023\tAnalyst",
            "15-1211.00\tComputer Systems Analysts\t2.B.3.e\tProgramming\tLV\tLevel\t2.1\t8\t0.9\t0.3\t3.9\tY\tN\t08/2023\tAnalyst");
        fixture.Write("Knowledge.txt",
            elementHeader,
            "29-1141.00\tRegistered Nurses\t2.C.5.a\tMedicine and Dentistry\tIM\tImportance\t0.125\t20\t0.1\t0\t0.3\tN\t\t08/2023\tIncumbent",
            "29-1141.00\tRegistered Nurses\t2.C.5.a\tMedicine and Dentistry\tLV\tLevel\t\t20\t\t\t\tN\tN\t08/2023\tIncumbent");
        fixture.Write("Content Model Reference.txt",
            "Element ID\tElement Name\tDescription",
            "2.B.3.e\tProgramming\tWriting computer programs for various purposes.");
        fixture.Write("Job Zones.txt",
            "O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source",
            "15-1252.00\tSoftware Developers\t4\t08/2023\tAnalyst",
            "29-1141.00\tRegistered Nurses\t3\t08/2023\tAnalyst");
        fixture.Write("Related Occupations.txt",
            "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex",
            "15-1252.00\tSoftware Developers\t15-1211.00\tComputer Systems Analysts\tPrimary-Short\t1",
            "15-1252.00\tSoftware Developers\t15-1299.08\tComputer Systems Engineers\tPrimary-Short\t2",
            "15-1211.00\tComputer Systems Analysts\t15-1252.00\tSoftware Developers\tPrimary-Long\t1");
        return fixture;
    }

    public void Write(string fileName, params string[] lines) => _folder.Write(fileName, string.Join("\n", lines) + "\n");

    public void Delete(string fileName) => File.Delete(_folder.File(fileName));

    public void Dispose() => _folder.Dispose();
}
