namespace OpenTalent.Formats.Json;

/// <summary>
/// One problem with one field of one line. <paramref name="Field"/> is a JSON path such as
/// <c>baseSalary.value.minValue</c> or <c>work[2].startDate</c>; it is empty when the problem is the whole line.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    /// <summary><c>work[1].startDate: '05/2021' is not an ISO 8601 date ...</c>, or just the message for the whole line.</summary>
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}
