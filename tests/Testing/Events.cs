using Bogus;
using NodaTime;

namespace SalesSuite.Testing;

/// <summary>
/// Integration events for tests, built by name: pass what the test is about, Bogus fills the rest with
/// realistic values. Events occur at <see cref="AppFactory.DefaultNow"/> unless told otherwise (never the wall clock).
/// </summary>
public static partial class Events
{
    private static Faker Fake() => new("zh_CN");

    private static Instant At(Instant? occurredAt) => occurredAt ?? AppFactory.DefaultNow;

    private static string CustomerCode(Faker f) => "C" + f.Random.Number(1000, 9999) + f.Random.String2(3, "ABCDEFGHJKLMNPQRSTUVWXYZ");

    private static string CompanyName(Faker f) => f.Address.City() + f.Company.CompanyName();

    private static decimal Amount(Faker f) => Math.Round(f.Random.Decimal(10_000m, 500_000m), 0);
}
