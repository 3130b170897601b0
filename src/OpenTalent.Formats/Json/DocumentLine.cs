namespace OpenTalent.Formats.Json;

/// <summary>
/// One line of a JSON Lines file: the document, or the errors that kept it out. <paramref name="Line"/> is 1-based
/// and counts every physical line, blank ones included, so it matches what an editor shows.
/// </summary>
public sealed record DocumentLine<T>(int Line, T? Document, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public bool IsValid => Document is not null && Errors.Count == 0;
}
