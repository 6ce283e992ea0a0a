namespace SalesSuite.Host.Seeding;

/// <summary>
/// Demo data and its shared password exist only where nobody real signs in: Development (dotnet run) and Testing.
/// Demo:Seed can turn seeding off there; it cannot turn it on anywhere else.
/// </summary>
internal static class DemoSeedPolicy
{
    public const string TestingEnvironment = "Testing";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        (environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment)) && configuration.GetValue("Demo:Seed", true);
}
