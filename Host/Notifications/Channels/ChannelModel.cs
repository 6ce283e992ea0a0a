using Microsoft.EntityFrameworkCore;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The channel tables of the platform database.</summary>
internal static class ChannelModel
{
    public static ModelBuilder ApplyChannelModel(this ModelBuilder builder)
    {
        builder.Entity<ChannelDelivery>(b =>
        {
            b.Property(x => x.IdempotencyKey).HasMaxLength(60);
            b.Property(x => x.LastError).HasMaxLength(1000);
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
            b.HasIndex(x => new { x.Status, x.NextAttemptAt });
            b.HasIndex(x => new { x.RecipientUserId, x.CreatedAt });
            b.HasIndex(x => x.NotificationId);
        });
        builder.Entity<ChannelPreference>(b =>
        {
            b.Property(x => x.SourceModule).HasMaxLength(50);
            b.Property(x => x.TextKey).HasMaxLength(100);
            b.HasIndex(x => new { x.UserId, x.SourceModule, x.TextKey }).IsUnique();
        });
        builder.Entity<ChannelRobot>(b =>
        {
            b.Property(x => x.Url).HasMaxLength(500);
            b.Property(x => x.Secret).HasMaxLength(200);
            b.Ignore(x => x.IsTeamRobot);
            b.Ignore(x => x.IsUsable);
            b.HasIndex(x => new { x.Channel, x.TeamId }).IsUnique();
        });
        builder.Entity<EmailServer>(b =>
        {
            b.Property(x => x.Host).HasMaxLength(200);
            b.Property(x => x.UserName).HasMaxLength(200);
            b.Property(x => x.SenderAddress).HasMaxLength(200);
            b.Property(x => x.SenderName).HasMaxLength(100);
        });
        return builder;
    }
}
