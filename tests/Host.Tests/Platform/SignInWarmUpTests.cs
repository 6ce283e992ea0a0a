using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Background;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>A host that warms its sign-in path once it listens (as a production host does).</summary>
public sealed class WarmUpFactory : AppFactory
{
    protected override bool WarmUp => true;
}

public sealed class SignInWarmUpTests(WarmUpFactory factory) : IClassFixture<WarmUpFactory>
{
    [Fact]
    public async Task Given_a_host_that_warms_up_When_it_has_started_Then_the_warm_up_ran_its_queries_and_people_still_sign_in()
    {
        var warmUp = factory.Services.GetServices<IStartupTask>().OfType<SignInWarmUp>().Single();

        Assert.True(await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        using var client = await factory.SignInAsync("sales01");
        var home = await client.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Given_a_test_host_When_it_has_started_Then_it_did_not_warm_up()
    {
        using var plain = new AppFactory();
        _ = plain.Server;
        var warmUp = plain.Services.GetServices<IStartupTask>().OfType<SignInWarmUp>().Single();

        Assert.False(await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
