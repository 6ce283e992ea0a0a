using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

public sealed class HostConfigurationTests(ConfiguredHostFactory factory) : IClassFixture<ConfiguredHostFactory>
{
    [Fact]
    public void Given_PublicBaseUrl_Then_absolute_links_use_it_with_its_path_base()
    {
        var urls = factory.Services.GetRequiredService<IPublicUrls>();

        Assert.Equal("https://crm.example.com/sales/q/abc", urls.Absolute("/q/abc").ToString());
        Assert.Equal("https://crm.example.com/sales/Quotes/Details/1", urls.Absolute("Quotes/Details/1").ToString());
    }

    [Fact]
    public async Task Given_DataProtection_KeysFolder_Then_the_keys_are_stored_there_and_not_in_the_data_folder()
    {
        await factory.SignInAsync("sales01");

        var configured = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataProtection:KeysFolder"]!;
        Assert.NotEmpty(Directory.GetFiles(configured, "key-*.xml"));
        Assert.False(Directory.Exists(Path.Combine(factory.DataFolder, "keys")));
    }
}
