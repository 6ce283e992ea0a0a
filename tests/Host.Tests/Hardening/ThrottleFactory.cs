namespace SalesSuite.Host.Tests.Hardening;

/// <summary>Three sign-in POSTs per minute per address.</summary>
public sealed class ThrottleFactory() : EnvironmentFactory("Testing", ("SignInThrottle:PermitPerMinute", "3"));
