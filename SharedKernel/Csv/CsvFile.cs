using System.Text;
using CsvHelper;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.SharedKernel.Csv;

/// <summary>
/// Reads an uploaded CSV whole or refuses it whole (<see cref="DomainException"/> with a kernel key naming the reason):
/// UTF-8 with or without BOM, else GB18030 (what Excel saves on Chinese Windows); strict decoding, so a file that would
/// decode to U+FFFD is refused instead of storing garbled text; over <see cref="CsvLimits"/> it is refused, never cut.
/// Quoted fields may hold commas, quotes ("") and line breaks (CsvHelper).
/// </summary>
public static class CsvFile
{
    public const int Gb18030CodePage = 54936;
    private const int MaxRecordBytes = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes an uploaded file; refuses it when over the byte limit or not cleanly UTF-8 / GB18030.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, CsvLimits limits)
    {
        DomainException.ThrowIf(bytes.Length > limits.MaxBytes, "Csv_TooLarge", limits.MaxSize);
        var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? TryDecode(StrictUtf8, bytes[3..])
            : TryDecode(StrictUtf8, bytes) ?? TryDecode(StrictGb18030.Value, bytes);
        DomainException.ThrowIf(text is null || text.Contains('\uFFFD', StringComparison.Ordinal), "Csv_Garbled");
        return text!;
    }

    /// <summary>Reads an uploaded file: <see cref="Decode"/>, then <see cref="Read(string, CsvLimits, bool)"/>.</summary>
    public static CsvTable Read(ReadOnlySpan<byte> bytes, CsvLimits limits, bool hasHeader = true) =>
        Read(Decode(bytes, limits), limits, hasHeader);

    /// <summary>Reads already decoded text (e.g. a confirmed preview); the same limits apply.</summary>
    public static CsvTable Read(string text, CsvLimits limits, bool hasHeader = true)
    {
        DomainException.ThrowIf(Encoding.UTF8.GetByteCount(text) > limits.MaxBytes, "Csv_TooLarge", limits.MaxSize);
        DomainException.ThrowIf(text.Contains('\uFFFD', StringComparison.Ordinal), "Csv_Garbled");
        var errors = new List<CsvLineError>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = hasHeader,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => errors.Add(new CsvLineError((int)bad.LineNumber, "Csv_Error_Quotes")),
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        try
        {
            string[] header = hasHeader ? [.. reader.Headers.Select(h => h.Trim())] : [];
            while (reader.Read())
            {
                DomainException.ThrowIf(records.Count + errors.Count >= limits.MaxRows, "Csv_TooManyRows", limits.MaxRows);
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }
                records.Add(new CsvRecord((int)reader.LineNumber, cells, Values(header, cells)));
            }
            return new CsvTable(header, records, errors);
        }
        catch (CsvFormatException bad)
        {
            throw new DomainException("Csv_Malformed", bad.LineNumber, MaxRecordBytes);
        }
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Values(string[] header, string[] cells)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length && i < cells.Length; i++)
        {
            values[header[i]] = cells[i];
        }
        return values;
    }
}
