using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// The text of a PDF through poppler's <c>pdftotext -layout -enc UTF-8</c>, run directly (no shell) with the PDF on
/// standard input and a timeout. Columns stay apart in the layout mode, which keeps dates beside their roles.
/// </summary>
internal static class PdfTextExtractor
{
    /// <summary>About 1,500 pages of dense text; a resume is a few thousand characters.</summary>
    private const int MaxTextChars = 4 * 1024 * 1024;

    public static async Task<string> ExtractAsync(ReadOnlyMemory<byte> pdf, string sourceName, ResumeParserOptions options, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.PdfToTextPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", "-", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new ResumeFormatException(
                sourceName, ResumeRejection.ToolUnavailable,
                $"PDF resumes need '{options.PdfToTextPath}' from poppler-utils, which is not installed here (apt-get install poppler-utils); upload a .docx or text file instead.",
                exception);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PdfTimeout);
        try
        {
            var output = ReadCappedAsync(process.StandardOutput, sourceName, timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await WriteInputAsync(process, pdf, timeout.Token);
            var text = await output;
            await process.WaitForExitAsync(timeout.Token);
            var message = (await errors).Trim();
            if (process.ExitCode != 0)
            {
                throw Failure(sourceName, process.ExitCode, message);
            }

            return text;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            throw new ResumeFormatException(
                sourceName, ResumeRejection.ToolUnavailable,
                $"reading the PDF took longer than {options.PdfTimeout.TotalSeconds:0} s and was stopped; the file may be damaged or unusually complex.",
                exception);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ResumeFormatException)
        {
            Kill(process);
            throw;
        }
    }

    /// <summary>
    /// The text, refused once it passes <see cref="MaxTextChars"/>: a small PDF can hold compressed streams that
    /// expand to gigabytes of text, which must not all be read into memory.
    /// </summary>
    private static async Task<string> ReadCappedAsync(StreamReader output, string sourceName, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await output.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (text.Length + read > MaxTextChars)
            {
                throw new ResumeFormatException(sourceName, ResumeRejection.TooLarge,
                    $"the PDF holds more than {MaxTextChars / (1024 * 1024)} million characters of text, far beyond any resume; upload the resume alone.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    private static async Task WriteInputAsync(Process process, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(pdf, cancellationToken);
            await process.StandardInput.BaseStream.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // pdftotext stops reading a file it cannot parse; its exit code and message say why.
        }
        finally
        {
            process.StandardInput.Close();
        }
    }

    private static ResumeFormatException Failure(string sourceName, int exitCode, string message)
    {
        // pdftotext exits 1 for open errors (including a wrong password) and 3 for permission errors.
        var encrypted = message.Contains("password", StringComparison.OrdinalIgnoreCase) || message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || exitCode == 3;
        var detail = encrypted
            ? "the PDF is encrypted or password-protected; save it without a password and upload it again."
            : $"the PDF cannot be read, it may be damaged ({FirstLine(message, exitCode)}); export it again from the editor, or upload a .docx or text file.";
        return new ResumeFormatException(sourceName, ResumeRejection.Unreadable, detail);
    }

    private static string FirstLine(string message, int exitCode)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? $"pdftotext exit code {exitCode}" : line.Length > 160 ? line[..160] : line;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }
}
