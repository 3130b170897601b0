namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Cuts text into sentence-sized pieces for retrieval: at line breaks, bullets, and ". ", "! ", "? ", "; ".
/// A piece never exceeds <see cref="MaxLength"/> characters (a long run is cut at a space), so the work per
/// piece is bounded whatever the input.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxLength = 400;

    /// <summary>The pieces of <paramref name="text"/> as (start, length), skipping blank ones.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int Length)> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c is '\n' or '\r' or '•' or '·' or '▪' or '●'
                || (c is '.' or '!' or '?' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (boundary)
            {
                Add(text, start, i + 1, pieces);
                start = i + 1;
            }
            else if (i - start >= MaxLength)
            {
                var cut = text[start..i].LastIndexOf(' ');
                var end = cut > MaxLength / 2 ? start + cut : i;
                Add(text, start, end, pieces);
                start = end;
            }
        }

        Add(text, start, text.Length, pieces);
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> pieces)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start >= 2)
        {
            pieces.Add((start, end - start));
        }
    }
}
