using System.Globalization;
using System.Text;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// A small, tolerant reader of a flat JavaScript object literal of string pairs (<c>var x = { "key": "value", … };</c>),
/// as npm packages ship their data: no JavaScript engine, nothing evaluated. Keys are double- or single-quoted strings
/// or bare identifiers, values quoted strings, with the escapes of JavaScript strings; <c>//</c> and <c>/* */</c>
/// comments are skipped. Text before the first <c>{</c> and after its closing <c>}</c> is ignored. A pair it cannot
/// read is reported as "file:line: reason" and skipped up to the next comma or line end; the reader never throws on
/// bad input.
/// </summary>
internal sealed class JsStringPairReader
{
    private readonly string _text;
    private readonly string _fileName;
    private readonly List<string> _problems;
    private int _pos;
    private int _line = 1;

    private JsStringPairReader(string text, string fileName, List<string> problems)
    {
        _text = text;
        _fileName = fileName;
        _problems = problems;
    }

    /// <summary>The pairs in source order, each with the line it starts on; duplicates are kept (the caller decides).</summary>
    public static List<(string Key, string Value, int Line)> Read(string text, string fileName, List<string> problems)
    {
        var reader = new JsStringPairReader(text, fileName, problems);
        return reader.ReadObject();
    }

    private List<(string, string, int)> ReadObject()
    {
        var pairs = new List<(string, string, int)>();
        while (_pos < _text.Length && _text[_pos] != '{') Advance();
        if (_pos >= _text.Length)
        {
            _problems.Add($"{_fileName}: no object literal ('{{') found");
            return pairs;
        }
        Advance();
        while (true)
        {
            SkipBlanks();
            if (_pos >= _text.Length)
            {
                _problems.Add($"{_fileName}:{_line}: the object is not closed");
                return pairs;
            }
            char c = _text[_pos];
            if (c == '}') return pairs;
            if (c == ',') { Advance(); continue; }
            int line = _line;
            if (TryKey(out var key) && Expect(':') && TryString(out var value)) pairs.Add((key, value, line));
            else
            {
                _problems.Add($"{_fileName}:{line}: not a \"key\": \"value\" pair");
                SkipToNextPair();
            }
        }
    }

    private bool TryKey(out string key)
    {
        if (_pos < _text.Length && _text[_pos] is '"' or '\'') return TryString(out key);
        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$')) _pos++;
        key = _text[start.._pos];
        return key.Length > 0;
    }

    private bool Expect(char c)
    {
        SkipBlanks();
        if (_pos >= _text.Length || _text[_pos] != c) return false;
        Advance();
        SkipBlanks();
        return true;
    }

    private bool TryString(out string value)
    {
        value = "";
        if (_pos >= _text.Length || _text[_pos] is not ('"' or '\'')) return false;
        char quote = _text[_pos++];
        var s = new StringBuilder();
        while (_pos < _text.Length)
        {
            char c = _text[_pos++];
            if (c == quote)
            {
                value = s.ToString();
                return true;
            }
            if (c == '\n') { _line++; return false; }
            if (c != '\\') { s.Append(c); continue; }
            if (_pos >= _text.Length) return false;
            char e = _text[_pos++];
            switch (e)
            {
                case 'n': s.Append('\n'); break;
                case 't': s.Append('\t'); break;
                case 'r': s.Append('\r'); break;
                case 'b': s.Append('\b'); break;
                case 'f': s.Append('\f'); break;
                case 'v': s.Append('\v'); break;
                case '0': s.Append('\0'); break;
                case 'u' when _pos + 4 <= _text.Length
                    && int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code):
                    s.Append((char)code);
                    _pos += 4;
                    break;
                case 'x' when _pos + 2 <= _text.Length
                    && int.TryParse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int b):
                    s.Append((char)b);
                    _pos += 2;
                    break;
                case '\n': _line++; break; // a line continuation
                default: s.Append(e); break; // \" \' \\ and any other escaped character stand for themselves
            }
        }
        return false;
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (char.IsWhiteSpace(c)) Advance();
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                _pos += 2;
                while (_pos < _text.Length && !(_text[_pos] == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')) Advance();
                _pos = Math.Min(_pos + 2, _text.Length);
            }
            else return;
        }
    }

    /// <summary>After a bad pair: on to the next comma or line end outside a string, so one bad pair costs one pair.</summary>
    private void SkipToNextPair()
    {
        while (_pos < _text.Length && _text[_pos] is not (',' or '\n' or '}')) _pos++;
    }

    private void Advance()
    {
        if (_text[_pos] == '\n') _line++;
        _pos++;
    }
}
