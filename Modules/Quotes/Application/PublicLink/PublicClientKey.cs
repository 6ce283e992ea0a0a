using System.Net;
using System.Net.Sockets;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// One real client on the public page: an IPv4 address as it is, an IPv6 address by its /64 prefix (one household or
/// phone gets a whole /64 and can rotate the rest at will). Used for the rate limit and for counting views.
/// </summary>
internal static class PublicClientKey
{
    public const string Unknown = "local";

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
