using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

public sealed class DataProtectionKeysTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_sign_in_Then_the_cookie_keys_are_stored_under_the_data_folder()
    {
        await factory.SignInAsync("sales01");
        var keys = Path.Combine(factory.DataFolder, "keys");
        Assert.True(Directory.Exists(keys), keys);
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }
}
