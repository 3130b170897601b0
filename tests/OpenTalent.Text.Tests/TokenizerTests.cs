using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Tests;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Senior C++ developer", new[] { "Senior", "C++", "developer" })]
    [InlineData("C#, F# and .NET Core", new[] { "C#", ",", "F#", "and", ".NET", "Core" })]
    [InlineData("Node.js / ASP.NET", new[] { "Node.js", "/", "ASP.NET" })]
    [InlineData("CI/CD pipelines.", new[] { "CI", "/", "CD", "pipelines", "." })]
    [InlineData("full-stack", new[] { "full", "-", "stack" })]
    [InlineData("5+ years", new[] { "5", "+", "years" })]
    [InlineData("version 3.5, then 4", new[] { "version", "3.5", ",", "then", "4" })]
    [InlineData("", new string[0])]
    public void Keeps_technical_names_whole_and_splits_the_rest(string text, string[] expected) => Words(text).ShouldBe(expected);

    [Fact]
    public void Tokens_are_ranges_of_the_input()
    {
        var tokens = Tokenizer.Tokenize("  Go 👍 R ");
        tokens.Select(t => (t.Start, t.Length, t.Kind)).ShouldBe([(2, 2, TokenKind.Word), (5, 2, TokenKind.Symbol), (8, 1, TokenKind.Word)]);
    }

    [Fact]
    public void Numbers_are_marked() =>
        Tokenizer.Tokenize("120k 2024 3.5").Select(t => t.Kind).ShouldBe([TokenKind.Word, TokenKind.Number, TokenKind.Number]);

    [Theory]
    [InlineData("Databases", "databas")]
    [InlineData("database", "databas")]
    [InlineData("managing", "manag")]
    [InlineData("managed", "manag")]
    [InlineData("manages", "manag")]
    [InlineData("running", "run")]
    [InlineData("skills", "skill")]
    [InlineData("analysis", "analysis")]
    [InlineData("business", "business")]
    [InlineData("policies", "policy")]
    [InlineData("C++", "c++")]
    [InlineData("Node.js", "node.js")]
    [InlineData("Ingénieur", "ingenieur")]
    [InlineData("SQL", "sql")]
    public void Terms_fold_case_accents_and_inflections(string token, string expected) => Terms.Of(token).ShouldBe(expected);
}
