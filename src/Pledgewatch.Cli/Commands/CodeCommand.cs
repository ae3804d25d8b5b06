using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using Pledgewatch.Records;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch code FILE... [--published] [--country] [--format jsonl|table]</c>.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Report files (text or HTML); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD (else from the text, else the file's date)." };
        var country = new Option<string?>("--country") { Description = "Outlet country, ISO 3166-1 alpha-3 (else from a dateline)." };
        var format = new Option<string>("--format") { Description = "jsonl (one record per line) or table (for people).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("code", "Code reports into PLOVER event records (EVENTS.md), JSON Lines on standard output.")
        {
            files, published, country, format,
        };
        command.SetAction(parse => Run(
            Arguments.Paths(parse.GetValue(files)!),
            Arguments.Date(parse.GetValue(published), "--published"),
            Arguments.Country(parse.GetValue(country)),
            parse.GetValue(format) == "table"));
        return command;
    }

    private static int Run(string[] paths, DateOnly? published, string? country, bool table)
    {
        var pipeline = CodingPipeline.Create();
        var today = DateOnly.FromDateTime(DateTime.Now);
        int failed = 0;
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        // Records are written through a buffer, not straight to stdout: a Utf8JsonWriter's Flush also flushes its
        // stream, which was a write system call per record. Output goes out when the buffer fills and after each document.
        var line = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(line, RecordJson.LineOptions);
        var rows = table ? new List<EventRecord>() : null;
        foreach (var path in paths)
        {
            var read = InputLoader.Load(path, published, country);
            if (read.Document is not { } document)
            {
                Console.Error.WriteLine($"pledgewatch: {read.Error}");
                failed++;
                continue;
            }
            foreach (var record in pipeline.Code(document, document.Published ?? today))
            {
                if (rows is not null)
                {
                    rows.Add(record);
                    continue;
                }
                RecordJson.Write(json, record);
                json.Flush();
                json.Reset();
                stdout.Write(line.WrittenSpan);
                line.ResetWrittenCount();
                stdout.WriteByte((byte)'\n');
            }
            stdout.Flush();
        }
        stdout.Flush();
        if (rows is not null) RecordTable.Write(rows);
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
