namespace SalesSuite.Host.Tests.Hardening;

/// <summary>The host as deployed: environment Production.</summary>
public sealed class ProductionFactory() : EnvironmentFactory("Production");
