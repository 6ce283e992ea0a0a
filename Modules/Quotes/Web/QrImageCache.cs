using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// QR images of customer links (a singleton): an image is a pure function of its URL and format, so it is drawn once
/// and served with a strong ETag (a hash of format and URL) until evicted. Bounded by <see cref="MaxEntries"/>.
/// </summary>
internal sealed class QrImageCache : IDisposable
{
    public const int MaxEntries = 2_000;

    private readonly MemoryCache _images = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public static EntityTagHeaderValue ETagOf(string format, string url) =>
        new($"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(format + "\n" + url)), 0, 16)}\"");

    public byte[] Png(string url) => Get("png", url, () => QrCodes.Png(url));

    public byte[] Svg(string url) => Get("svg", url, () => Encoding.UTF8.GetBytes(QrCodes.Svg(url)));

    private byte[] Get(string format, string url, Func<byte[]> draw) =>
        _images.GetOrCreate((format, url), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return draw();
        })!;

    public void Dispose() => _images.Dispose();
}
