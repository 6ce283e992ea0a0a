using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>An API key for one lead source; only its SHA-256 hash is stored.</summary>
internal sealed class IntakeKey : IAuditable
{
    private IntakeKey() { }

    public IntakeKey(Guid id, string source, string keyHash, string prefix, Instant createdAt)
    {
        Id = id;
        Source = source;
        KeyHash = keyHash;
        Prefix = prefix;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Source { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public Instant CreatedAt { get; private set; }
    public bool Revoked { get; private set; }

    public string AuditId => Id.ToString();

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => "lk_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>A new key for <paramref name="source"/>: the plain key is returned once, only its hash is kept.</summary>
    public static (IntakeKey Key, string Plain) Issue(string source, Instant now)
    {
        var plain = NewKey();
        return (new IntakeKey(Guid.NewGuid(), source, Hash(plain), plain[..8], now), plain);
    }

    public void Revoke() => Revoked = true;
}
