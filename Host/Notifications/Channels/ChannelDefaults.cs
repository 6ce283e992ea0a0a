using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// What a person gets when they have not chosen: directors and the GM live in the group chats, Finance and Legal read
/// email, the field (salespeople, managers, stores) gets the WeCom group robot on the phone. The bell is always on.
/// </summary>
public static class ChannelDefaults
{
    public static DeliveryChannel For(IEnumerable<string> roles)
    {
        var channels = DeliveryChannel.None;
        foreach (var role in roles)
        {
            channels |= role switch
            {
                Roles.GeneralManager or Roles.SalesDirector => DeliveryChannel.WeCom | DeliveryChannel.DingTalk,
                Roles.Finance or Roles.Legal => DeliveryChannel.Email,
                Roles.Salesperson or Roles.RegionalManager or Roles.StoreManager or Roles.DeliveryManager => DeliveryChannel.WeCom,
                _ => DeliveryChannel.None,
            };
        }
        return channels;
    }
}
