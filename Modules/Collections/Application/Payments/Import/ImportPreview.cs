using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>
/// A statement as it would be imported. <see cref="Hash"/> identifies the file's text and <see cref="Fingerprint"/> the
/// matching shown; the confirm form carries both, so a changed file or a plan that moved since the preview is refused.
/// </summary>
internal sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, string Hash)
{
    public int ProblemCount => Rows.Count(r => !r.Valid);

    public bool CanImport => Rows.Count > 0 && ProblemCount == 0;

    public string Fingerprint => HashOf(string.Join('\n', Rows.Select(r =>
        $"{r.Line}|{r.CustomerId}|{r.Credit.ToString(CultureInfo.InvariantCulture)}|"
        + string.Join(',', r.Allocations.Select(a => $"{a.ReceivableId}:{a.Amount.ToString(CultureInfo.InvariantCulture)}"))
        + "|" + string.Join(',', r.Problems.Select(p => p.Key)))));

    /// <summary>SHA-256 of the text with its line ends as LF (a browser posts a form's text back with CRLF).</summary>
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
