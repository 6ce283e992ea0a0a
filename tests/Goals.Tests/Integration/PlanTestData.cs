using SalesSuite.Health.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>Arrange steps shared by the plan tests: a customer of a person that Health grades A (a key customer).</summary>
internal static class PlanTestData
{
    public static async Task<Guid> KeyCustomerAsync(this AppFactory app, Guid ownerId, string name)
    {
        var customer = Guid.NewGuid();
        await app.ConsumeAsync(Events.CustomerRegistered(customer, name: name, ownerId: ownerId));
        await app.ConsumeAsync(new CustomerGraded(Guid.NewGuid(), AppFactory.DefaultNow, null, customer, "A", 88m, null, []));
        return customer;
    }
}
