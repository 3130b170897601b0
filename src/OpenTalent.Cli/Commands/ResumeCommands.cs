using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Formats.Resumes.Parsing;
using OpenTalent.Text.Models;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// <c>parse-resume FILE</c>: reads a PDF, DOCX, plain-text or JSON Resume file and prints the JSON Resume it yields on
/// stdout (JSON is the only output; <c>--json</c> is accepted for symmetry with other commands) and one
/// <c>warning:</c> line per field it could not find on stderr.
/// </summary>
internal static class ResumeCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command ParseResume(CommandContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The resume: PDF, Word (.docx), plain text or JSON Resume; the kind is read from the content, not the name." };
        var json = new Option<bool>("--json") { Description = "Print the JSON Resume (the default and only output)." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse larger files (default 5 MiB).", DefaultValueFactory = _ => ResumeParserOptions.DefaultMaxBytes };
        var command = new Command("parse-resume", "Read a resume file into a JSON Resume: basics, work, education, skills (taxonomy labels), projects, certificates. Warnings name the fields not found.")
        {
            file, json, maxBytes,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new FileNotFoundException($"{path.FullName}: no such file.");
            }

            var limit = parse.GetValue(maxBytes);
            if (limit < 1)
            {
                throw new ArgumentException($"--max-bytes must be at least 1; got {limit}.");
            }

            var parser = await ResumeParser.CreateAsync(services.GetRequiredService<TextModelProvider>(), new ResumeParserOptions { MaxBytes = limit }, token);
            var result = await parser.ParseFileAsync(path.FullName, token);
            context.Output.WriteLine(result.Json.ToJsonString(Indented));
            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
