namespace SalesSuite.Host.Tests.Hardening;

/// <summary>Production behind a proxy at the test client's address.</summary>
public sealed class TrustedProxyFactory() : EnvironmentFactory("Production", ("ReverseProxy:KnownProxies:0", "10.0.0.5"));
