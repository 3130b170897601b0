using System.Collections.Frozen;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Reads how senior a title or a job ad's role is, from intern to executive, with the words that say so.
/// "Sr. ML Eng" → Senior ("Sr"); "Head of Data" → Manager; "VP Engineering" → VicePresident.
/// </summary>
public static class SeniorityParser
{
    /// <summary>Only the start of a long text is read: seniority is stated in the title, not on page three.</summary>
    private const int MaxLength = 4096;

    private static readonly FrozenDictionary<string, Seniority> SingleWords = new Dictionary<string, Seniority>(StringComparer.Ordinal)
    {
        ["intern"] = Seniority.Intern, ["interns"] = Seniority.Intern, ["internship"] = Seniority.Intern, ["trainee"] = Seniority.Intern,
        ["apprentice"] = Seniority.Intern, ["apprenticeship"] = Seniority.Intern, ["werkstudent"] = Seniority.Intern, ["praktikant"] = Seniority.Intern,
        ["graduate"] = Seniority.Entry, ["grad"] = Seniority.Entry,
        ["junior"] = Seniority.Junior, ["jr"] = Seniority.Junior, ["jnr"] = Seniority.Junior,
        ["mid"] = Seniority.Mid, ["intermediate"] = Seniority.Mid,
        ["senior"] = Seniority.Senior, ["sr"] = Seniority.Senior, ["snr"] = Seniority.Senior,
        ["lead"] = Seniority.Lead,
        ["principal"] = Seniority.Principal, ["distinguished"] = Seniority.Principal,
        ["manager"] = Seniority.Manager, ["mgr"] = Seniority.Manager, ["mngr"] = Seniority.Manager,
        ["director"] = Seniority.Director,
        ["vp"] = Seniority.VicePresident, ["svp"] = Seniority.VicePresident, ["evp"] = Seniority.VicePresident, ["avp"] = Seniority.VicePresident,
        ["chief"] = Seniority.Executive, ["ceo"] = Seniority.Executive, ["cto"] = Seniority.Executive, ["cfo"] = Seniority.Executive,
        ["coo"] = Seniority.Executive, ["cio"] = Seniority.Executive, ["cmo"] = Seniority.Executive, ["cpo"] = Seniority.Executive,
        ["ciso"] = Seniority.Executive, ["cdo"] = Seniority.Executive, ["cro"] = Seniority.Executive, ["chro"] = Seniority.Executive,
        ["founder"] = Seniority.Executive, ["cofounder"] = Seniority.Executive, ["president"] = Seniority.Executive,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"staff" is a rank only before the technical titles that use it ("staff engineer", not "staff nurse").</summary>
    private static readonly FrozenSet<string> StaffRankTitles = FrozenSet.ToFrozenSet(
        ["engineer", "software", "scientist", "developer", "designer", "architect", "data", "machine", "product", "research", "researcher",
         "ml", "swe", "sre", "eng", "analyst", "security", "backend", "frontend", "platform", "infrastructure"],
        StringComparer.Ordinal);

    public static (Seniority Level, TextSpan? Evidence) Parse(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (Seniority.Unspecified, null);
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxLength));
        var tokens = Tokenizer.Tokenize(span);
        var words = new List<(string Word, Token Token)>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words.Add((Terms.Fold(token.In(span)), token));
            }
        }

        var best = Seniority.Unspecified;
        TextSpan? bestSpan = null;
        var lowest = Seniority.Unspecified;
        TextSpan? lowestSpan = null;
        for (var i = 0; i < words.Count; i++)
        {
            var (level, length) = Match(words, i);
            if (level == Seniority.Unspecified)
            {
                continue;
            }

            var evidence = new TextSpan(words[i].Token.Start, words[i + length - 1].Token.End);
            if (level > best)
            {
                (best, bestSpan) = (level, evidence);
            }

            if (level <= Seniority.Junior && (lowest == Seniority.Unspecified || level < lowest))
            {
                (lowest, lowestSpan) = (level, evidence);
            }

            i += length - 1;
        }

        // "Junior Product Manager": "manager" names the function there, the modifier the rank.
        return lowest != Seniority.Unspecified && best == Seniority.Manager ? (lowest, lowestSpan) : (best, bestSpan);
    }

    // The level the words at i start, and how many words say it.
    private static (Seniority Level, int Length) Match(List<(string Word, Token Token)> words, int i)
    {
        var word = words[i].Word;
        var next = i + 1 < words.Count ? words[i + 1].Word : "";
        switch (word)
        {
            case "vice" when next == "president":
                return (Seniority.VicePresident, 2);
            case "managing" or "executive" when next == "director":
                return (Seniority.Executive, 2);
            case "executive" when next is "vice" or "vp":
                return (Seniority.VicePresident, next == "vice" && i + 2 < words.Count && words[i + 2].Word == "president" ? 3 : 2);
            case "c" when next is "level" or "suite":
                return (Seniority.Executive, 2);
            case "head" when next == "of":
                return (Seniority.Manager, 2);
            case "entry" when next == "level":
                return (Seniority.Entry, 2);
            case "entry":
                return (Seniority.Entry, 1);
            case "working" when next == "student":
                return (Seniority.Intern, 2);
            case "team" or "tech" or "technical" when next == "lead":
                return (Seniority.Lead, 2);
            case "staff":
                return StaffRankTitles.Contains(next) ? (Seniority.Lead, 1) : (Seniority.Unspecified, 1);
            case "president" when i > 0 && words[i - 1].Word == "vice":
                return (Seniority.Unspecified, 1);
            case "lead" when next == "generation":
                return (Seniority.Unspecified, 1);
            default:
                return SingleWords.TryGetValue(word, out var level) ? (level, 1) : (Seniority.Unspecified, 1);
        }
    }
}
