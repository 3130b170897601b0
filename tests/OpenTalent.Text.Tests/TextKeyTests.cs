using OpenTalent.Text;

namespace OpenTalent.Text.Tests;

public class TextKeyTests
{
    [Theory]
    [InlineData("Sr. Data-Scientist (Remote)", "sr data scientist remote")]
    [InlineData("  Software   Engineer ", "software engineer")]
    [InlineData("Ingénieur Logiciel", "ingenieur logiciel")]
    [InlineData("C++ Developer", "c++ developer")]
    [InlineData("C# / .NET engineer", "c# net engineer")]
    [InlineData("Node.js and ASP.NET", "node.js and asp.net")]
    [InlineData("Knows Python.", "knows python")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void Folds_case_accents_and_punctuation_but_keeps_technical_names(string input, string expected) =>
        TextKey.Of(input).ShouldBe(expected);
}
