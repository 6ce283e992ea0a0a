namespace SalesSuite.Host.Tests.Hardening;

/// <summary>Production with the first administrator configured.</summary>
public sealed class BootstrapAdminFactory()
    : EnvironmentFactory("Production", ("Bootstrap:AdminUserName", "root"), ("Bootstrap:AdminPassword", "FirstAdmin#2026"));
