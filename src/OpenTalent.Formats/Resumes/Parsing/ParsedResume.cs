using System.Text.Json.Nodes;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>What an uploaded file turned out to be, judged by its content (never by its name).</summary>
public enum ResumeFileFormat
{
    PlainText,
    Pdf,
    Docx,
    JsonResume,
}

/// <summary>
/// Something the parser could not find or had to leave out, at a JSON Resume field path such as
/// <c>work[1].startDate</c> (empty for the resume as a whole). The person reviewing the profile should look there.
/// </summary>
public sealed record ResumeParseWarning(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}

/// <summary>
/// A resume read from a file: the JSON Resume it yields (fields that were not found are absent, never guessed),
/// the same resume as the validated <see cref="ResumeDocument"/> matching uses, and a warning per gap.
/// </summary>
/// <param name="Json">A JSON Resume (schema v1) object; for a JSON Resume upload, the object as uploaded.</param>
/// <param name="Document">
/// <c>null</c> when the result has nothing to match on (no skills, work, label or summary); the warnings say why.
/// </param>
/// <param name="Text">The plain text read from the file (empty for JSON Resume uploads), for review next to the result.</param>
public sealed record ParsedResume(ResumeFileFormat Format, JsonObject Json, ResumeDocument? Document, IReadOnlyList<ResumeParseWarning> Warnings, string Text);
