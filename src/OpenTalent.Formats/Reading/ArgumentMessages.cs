namespace OpenTalent.Formats.Reading;

internal static class ArgumentMessages
{
    /// <summary>
    /// The domain's validation message without the "(Parameter 'x')" and "Actual value was" tails,
    /// which mean something to a programmer but not to someone fixing a data file.
    /// </summary>
    public static string Describe(ArgumentException exception)
    {
        var message = exception.Message;
        if (exception.ParamName is { } parameter)
        {
            var suffix = $" (Parameter '{parameter}')";
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.ReplaceLineEndings(" ").Trim();
    }
}
