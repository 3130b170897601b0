namespace OpenTalent.Text.Titles;

/// <summary>
/// Character trigrams of a folded phrase, padded with a space at each end, each packed into one
/// <see cref="ulong"/> (three UTF-16 units). They match titles that words miss: typos ("enginer"),
/// compounds ("hairdresser" / "hair dresser") and word forms the stemmer leaves apart.
/// </summary>
internal static class CharGrams
{
    public static void Collect(ReadOnlySpan<char> phrase, List<ulong> grams)
    {
        if (phrase.IsEmpty)
        {
            return;
        }

        ulong a = ' ';
        ulong b = phrase[0];
        for (var i = 1; i <= phrase.Length; i++)
        {
            ulong c = i < phrase.Length ? phrase[i] : ' ';
            grams.Add((a << 32) | (b << 16) | c);
            a = b;
            b = c;
        }
    }

    /// <summary>The phrase the trigrams are taken from: the main part's words, in order.</summary>
    public static string PhraseOf(List<TitleWord> words)
    {
        var builder = new System.Text.StringBuilder(64);
        foreach (var word in words)
        {
            if (!word.Main)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.Word);
        }

        return builder.ToString();
    }
}
