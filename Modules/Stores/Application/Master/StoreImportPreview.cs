using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// A store file as it would be imported. <see cref="Hash"/> identifies the previewed text: the confirm form carries it, so
/// a file changed between the preview and the confirmation is refused.
/// </summary>
internal sealed record StoreImportPreview(IReadOnlyList<StoreImportRow> Rows, string Hash)
{
    public int ProblemCount => Rows.Count(r => !r.Valid);

    public int UpdateCount => Rows.Count(r => r.Valid && r.Updates);

    public bool CanImport => Rows.Count > 0 && ProblemCount == 0;

    /// <summary>SHA-256 of the text with its line ends as LF (a browser posts a form's text back with CRLF).</summary>
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
