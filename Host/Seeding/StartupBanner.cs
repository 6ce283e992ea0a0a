using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SalesSuite.Host.Seeding;

internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("SalesSuite is running at: " + string.Join(" ", addresses));
        if (DemoSeedPolicy.IsEnabled(app.Configuration, app.Environment))
        {
            Console.WriteLine($"Demo logins (password for all: {DemoPeople.Password}):");
            foreach (var person in DemoPeople.People.Where(p => !DemoPeople.IsGeneratedStoreManager(p)))
            {
                Console.WriteLine($"  {person.UserName,-11} {person.Role,-16} {person.DisplayName}");
            }
            Console.WriteLine($"  store02 … store{DemoPeople.StoreManagerCount:00}  StoreManager     one per demo store");
        }
        Console.WriteLine();
    }
}
