using CsvHelper;

namespace SalesSuite.SharedKernel.Csv;

/// <summary>
/// Writes an export as Excel opens it: UTF-8 with BOM, CRLF line ends, and formula injection neutralised — a text
/// cell starting with = + - @ tab or CR gets a leading ' so a spreadsheet shows it instead of running it. Numbers
/// (decimal, int, ...) are written as numbers, so -5 stays -5.
/// </summary>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        ValidateFieldCount = false,
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>The same file written to <paramref name="output"/> as the rows arrive: a list of any length in constant memory.</summary>
    public static async Task WriteAsync(
        Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var cell in header)
        {
            csv.WriteField(cell);
        }
        await csv.EndRecordAsync(ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
