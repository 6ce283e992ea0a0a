namespace SalesSuite.Host.Tests.Hardening;

/// <summary>A public base URL and a key folder outside the data folder.</summary>
public sealed class ConfiguredHostFactory() : EnvironmentFactory("Testing",
    ("PublicBaseUrl", "https://crm.example.com/sales/"),
    ("DataProtection:KeysFolder", Path.Combine(Path.GetTempPath(), "salessuite-tests", "keys-" + Guid.NewGuid().ToString("N"))));
