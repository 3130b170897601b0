using System.CommandLine;
using OpenTalent.Storage;

namespace OpenTalent.Cli;

/// <summary>Options every command accepts.</summary>
public sealed class GlobalOptions
{
    public const string DatabaseVariable = "OPENTALENT_DB";

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite file, or PostgreSQL connection string (Host=...). Default: ${DatabaseVariable}, else {DatabaseOptions.DefaultSqlitePath}.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show details of errors, such as the stack trace.",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Add(Database);
        root.Add(Verbose);
    }

    public string ConnectionString(ParseResult parse) =>
        parse.GetValue(Database) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DatabaseOptions.DefaultSqlitePath;
}
