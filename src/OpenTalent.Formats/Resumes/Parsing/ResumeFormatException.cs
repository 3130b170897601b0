namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>Why an uploaded resume could not be read at all; a web front end maps these to status codes.</summary>
public enum ResumeRejection
{
    /// <summary>Larger than <see cref="ResumeParserOptions.MaxBytes"/> (HTTP 413).</summary>
    TooLarge,

    /// <summary>Not a PDF, DOCX, JSON Resume or text file, whatever its name says (HTTP 415).</summary>
    UnsupportedContent,

    /// <summary>The right kind of file, but broken, encrypted, or invalid JSON Resume (HTTP 422).</summary>
    Unreadable,

    /// <summary>Readable, but with no text to parse: an empty file or a scanned image (HTTP 422).</summary>
    NoText,

    /// <summary>The machine cannot read PDFs: <c>pdftotext</c> is missing or took too long (HTTP 503).</summary>
    ToolUnavailable,
}

/// <summary>
/// A resume file that cannot be read. The message starts with the file's name and says what is wrong and what to
/// do: <c>cv.pdf: the PDF is encrypted; save it without a password and upload it again</c>.
/// </summary>
public sealed class ResumeFormatException : IOException
{
    public ResumeFormatException(string sourceName, ResumeRejection rejection, string detail, Exception? innerException = null)
        : base($"{sourceName}: {detail}", innerException)
    {
        SourceName = sourceName;
        Rejection = rejection;
        Detail = detail;
    }

    public string SourceName { get; }

    public ResumeRejection Rejection { get; }

    /// <summary>The problem without the file name.</summary>
    public string Detail { get; }
}
