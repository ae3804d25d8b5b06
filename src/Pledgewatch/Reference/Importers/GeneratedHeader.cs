namespace Pledgewatch.Reference.Importers;

/// <summary>
/// The <c>#</c> comment header of a generated data file: what the file holds, its columns, its source and licence, and
/// the command that made it. The header depends on nothing but the source, so a re-import of an unchanged source
/// rewrites the same bytes.
/// </summary>
internal static class GeneratedHeader
{
    /// <summary>Writes each line behind <c># </c> (an empty line as a bare <c>#</c>), LF-terminated.</summary>
    public static void Write(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.Write(line.Length == 0 ? "#" : "# " + line);
            writer.Write('\n');
        }
    }

    /// <summary>The MIT licence's notice, which must travel with every copy of a substantial part of the source.</summary>
    public static IEnumerable<string> MitLicence(string copyright) =>
    [
        "",
        "The MIT License (MIT)",
        copyright,
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated",
        "documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation",
        "the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to",
        "permit persons to whom the Software is furnished to do so, subject to the following conditions:",
        "The above copyright notice and this permission notice shall be included in all copies or substantial portions of",
        "the Software.",
        "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO",
        "THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE",
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,",
        "TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
        "SOFTWARE.",
        "",
    ];

    /// <summary>WordNet 3.0's licence, which travels with every table made from it.</summary>
    public static IEnumerable<string> WordNetLicence =>
    [
        "Licence: WordNet 3.0 license. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,",
        "EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR",
        "WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,",
        "DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
        "The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution",
        "of the software and/or database. Title to copyright in this software, database and any associated documentation",
        "shall at all times remain with Princeton University.",
        "",
    ];
}
