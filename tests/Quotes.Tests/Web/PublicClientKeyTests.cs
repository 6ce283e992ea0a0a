using System.Net;
using SalesSuite.Quotes.Application.PublicLink;

namespace SalesSuite.Quotes.Tests.Web;

/// <summary>The rate limit and the view window partition by real client: IPv4 as is, IPv6 by its /64.</summary>
public sealed class PublicClientKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Given_an_address_Then_its_partition_key_is_the_client(string address, string expected)
    {
        Assert.Equal(expected, PublicClientKey.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void Given_two_addresses_of_one_IPv6_64_Then_they_share_a_partition_and_another_64_does_not()
    {
        var a = PublicClientKey.Of(IPAddress.Parse("2001:db8:0:1::a"));
        Assert.Equal(a, PublicClientKey.Of(IPAddress.Parse("2001:db8:0:1:ffff::b")));
        Assert.NotEqual(a, PublicClientKey.Of(IPAddress.Parse("2001:db8:0:2::a")));
        Assert.Equal(PublicClientKey.Unknown, PublicClientKey.Of(null));
    }
}
