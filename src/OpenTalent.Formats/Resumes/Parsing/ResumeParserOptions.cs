namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>Limits and tools for reading resume files.</summary>
public sealed record ResumeParserOptions
{
    /// <summary>5 MiB: a text resume is a few KiB and a designed PDF rarely passes 1 MiB.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// How long <c>pdftotext</c> may take before the PDF is given up on: a resume takes well under a second, and no
    /// upload may hold a request for more than 5 s.
    /// </summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The <c>pdftotext</c> executable (poppler-utils): a name looked up on PATH, or a full path.</summary>
    public string PdfToTextPath { get; init; } = "pdftotext";

    /// <summary>Throws when a limit is not usable, naming the setting.</summary>
    public void Validate()
    {
        if (MaxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "The resume size limit must be at least 1 byte.");
        }

        if (PdfTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PdfTimeout), PdfTimeout, "The pdftotext timeout must be positive.");
        }

        if (string.IsNullOrWhiteSpace(PdfToTextPath))
        {
            throw new ArgumentException("The pdftotext path must not be empty.", nameof(PdfToTextPath));
        }
    }
}
