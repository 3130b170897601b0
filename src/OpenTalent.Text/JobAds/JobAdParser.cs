using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Reads the structured facts of a job ad (pay, place, arrangement, employment type, seniority, education,
/// years of experience) with rules and a small built-in gazetteer; no model is needed. Thread-safe and
/// never throws on odd input: only the first <see cref="MaxScanLength"/> characters are read, since ads state
/// these facts early and a bound keeps the work predictable. Unsure answers are left null or Unspecified.
/// </summary>
public static class JobAdParser
{
    /// <summary>How much of a text is read: far more than any real ad, little enough to stay fast.</summary>
    public const int MaxScanLength = 32 * 1024;

    public static JobAdFacts Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return JobAdFacts.Empty;
        }

        var ad = Prepare(text);
        var (titleLine, titleStart) = TitleLine.Find(ad);
        var sections = SectionMap.Of(ad);
        var location = LocationExtractor.Extract(ad, titleLine, titleStart);
        var arrangement = ArrangementExtractor.Extract(ad);
        var salary = SalaryExtractor.Extract(ad, location?.Country);
        var employment = EmploymentTypeExtractor.Extract(ad, titleLine);
        var education = EducationExtractor.Extract(ad, sections);
        var years = ExperienceExtractor.Extract(ad, sections);
        var seniority = SeniorityReader.Read(titleLine, years);
        return new JobAdFacts(salary, location, arrangement, employment, seniority, education, years);
    }

    // Line breaks become "\n" and NUL or other control characters spaces, so every rule sees plain lines;
    // lengths are kept, so evidence spans point into the caller's text.
    private static string Prepare(string text)
    {
        var length = Math.Min(text.Length, MaxScanLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return string.Create(length, text, static (buffer, source) =>
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var c = source[i];
                buffer[i] = c switch
                {
                    '\r' => i + 1 < source.Length && source[i + 1] == '\n' ? ' ' : '\n',
                    '\n' or '\t' => c,
                    '\u2028' or '\u2029' => '\n',
                    '\u00A0' => ' ',
                    _ when char.IsControl(c) => ' ',
                    _ => c,
                };
            }
        });
    }
}
