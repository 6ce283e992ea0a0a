using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Deterministic ids: the i-th lead, customer, deal… always has the same Guid, so one module's generator can refer to
/// another's rows (a contract to deal 17) without reading them back.
/// </summary>
internal static class Ids
{
    public static Guid For(string kind, long index)
    {
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes($"{kind}:{index}"), hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x40);
        return new Guid(hash);
    }
}
