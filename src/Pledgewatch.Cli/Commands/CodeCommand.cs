using System.CommandLine;
using System.Text.Json;
using Pledgewatch.Reading;
using Pledgewatch.Records;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch code FILE... [--published] [--country] [--format]</c>: records as JSON Lines or a table.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Report files (text or HTML); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD (else from the text, else the file's date)." };
        var country = new Option<string?>("--country") { Description = "Outlet country, ISO3 (else from a dateline)." };
        var command = new Command("code", "Code reports into event records (JSON Lines on standard output).") { files, published, country };
        command.SetAction(parse =>
        {
            var pipeline = CodingPipeline.Create();
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout, RecordJson.LineOptions);
            foreach (var path in parse.GetValue(files)!)
            {
                var bytes = File.ReadAllBytes(path);
                var read = DocumentReader.Read(bytes, new ReadOptions(Path.GetFileNameWithoutExtension(path)));
                foreach (var record in pipeline.Code(read.Document!, DateOnly.FromDateTime(DateTime.Today)))
                {
                    RecordJson.Write(writer, record);
                    writer.Flush();
                    stdout.WriteByte((byte)'\n');
                    writer.Reset();
                }
            }
            return 0;
        });
        return command;
    }
}
