namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// One entry of a list section (a job, a degree, a project) as laid out: its heading lines with the dates taken out,
/// its date range, its bullet points, and any running text under the heading.
/// </summary>
internal sealed class ResumeEntry(int firstLine)
{
    public int FirstLine { get; } = firstLine;

    public List<string> HeaderLines { get; } = [];

    public ResumeDateRange? Dates { get; set; }

    public List<string> Highlights { get; } = [];

    public List<string> Paragraphs { get; } = [];

    public bool HasBody => Highlights.Count > 0 || Paragraphs.Count > 0;

    /// <summary>
    /// Groups a section's lines into entries. A new entry starts at a heading line after bullet points, at a second
    /// date range, after a blank line once the entry has dates or a body, or at a third heading line once the entry
    /// has its dates (unless that line is only a place); wrapped bullet lines are joined back.
    /// </summary>
    public static List<ResumeEntry> Group(IReadOnlyList<ResumeLine> lines)
    {
        var entries = new List<ResumeEntry>();
        ResumeEntry? current = null;
        ResumeLine? lastBullet = null;
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                blank = true;
                continue;
            }

            if (line.IsBullet)
            {
                current ??= Add(entries, line.Number);
                current.Highlights.Add(line.Text);
                lastBullet = line;
                blank = false;
                continue;
            }

            var dates = ResumeDates.Find(line.Text);
            if (current is not null && lastBullet is not null && !blank && dates is null && IsContinuation(line, lastBullet))
            {
                current.Highlights[^1] = current.Highlights[^1] + " " + line.Text.Trim();
                continue;
            }

            var sentence = (IsSentence(line.Text) || ResumeEntryReaders.IsKeywordLine(line.Text)) && dates is null;
            var startNew = current is null
                || (lastBullet is not null && !sentence)
                || (dates is not null && current.Dates is not null)
                || (blank && !sentence && (current.Dates is not null || current.HasBody))
                || (current.HasBody && !sentence && current.Highlights.Count == 0 && dates is not null)
                || (dates is null && !sentence && current.Dates is not null && current.HeaderLines.Count >= 2 && ResumePlaces.Read(line.Text) is null);
            if (startNew)
            {
                current = Add(entries, line.Number);
            }

            lastBullet = null;
            blank = false;
            if (sentence && current!.HeaderLines.Count > 0)
            {
                current.Paragraphs.Add(line.Text.Trim());
                continue;
            }

            if (dates is not null && current!.Dates is null)
            {
                current.Dates = dates;
                var rest = ResumeDates.Without(line.Text, dates);
                if (rest.Length > 0)
                {
                    current.HeaderLines.Add(rest);
                }
            }
            else
            {
                current!.HeaderLines.Add(line.Text);
            }
        }

        return entries;
    }

    /// <summary>The heading's parts: columns, then "at", "@", "|", dashes and commas; company suffixes stay attached.</summary>
    public IReadOnlyList<string> HeaderParts()
    {
        var parts = new List<string>();
        foreach (var line in HeaderLines)
        {
            foreach (var column in ResumeLines.SplitColumns(line))
            {
                parts.AddRange(ResumeFragments.Split(column));
            }
        }

        return parts;
    }

    private static ResumeEntry Add(List<ResumeEntry> entries, int line)
    {
        var entry = new ResumeEntry(line);
        entries.Add(entry);
        return entry;
    }

    // A wrapped bullet goes on in lower case or further indented than its bullet mark.
    private static bool IsContinuation(ResumeLine line, ResumeLine bullet) =>
        char.IsLower(line.Text[0]) || line.Indent > bullet.Indent;

    /// <summary>Running text rather than a heading: many words, or a full stop at the end of several.</summary>
    public static bool IsSentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 12 || (words >= 6 && text.TrimEnd().EndsWith('.'));
    }
}
