using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Tests.Titles;

public class SpecialisationParserTests
{
    [Theory]
    [InlineData("Sr. ML Eng (LLMs) - remote", "LLMs")]
    [InlineData("Backend Engineer, Payments", "Payments")]
    [InlineData("Data Scientist - Computer Vision", "Computer Vision")]
    [InlineData("Nurse for Paediatrics", "Paediatrics")]
    [InlineData("Software Engineer (m/f/d) | Hybrid | Full-time", null)]
    [InlineData("Accountant (m/w/d) - 55k - REQ-1234", null)]
    [InlineData("Senior Java Developer", null)]
    [InlineData("Engineer at Acme", null)]
    [InlineData("(Remote) Nurse - Intensive Care", "Intensive Care")]
    [InlineData("", null)]
    public void Reads_what_narrows_the_occupation(string title, string? expected) => SpecialisationParser.Parse(title).ShouldBe(expected);
}
