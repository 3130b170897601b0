namespace OpenTalent.Formats.Reading;

/// <summary>
/// Where a row came from, remembered for objects built after their file is read
/// (an occupation is assembled from many files), so a late validation error still names the right line.
/// </summary>
internal readonly record struct RowOrigin(string FileName, int Line)
{
    public SourceDataException Error(string detail, Exception? innerException = null) =>
        new(FileName, Line, detail, innerException);

    /// <summary>Builds a domain object, turning its validation failure into an error at this row.</summary>
    public T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw Error(ArgumentMessages.Describe(ex), ex);
        }
    }

    public override string ToString() => $"{FileName}, line {Line}";
}
