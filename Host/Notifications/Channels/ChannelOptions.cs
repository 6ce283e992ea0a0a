namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Configuration section "Notifications:Delivery".</summary>
public sealed class ChannelOptions
{
    public const string Section = "Notifications:Delivery";

    /// <summary>The hosted dispatcher; tests turn it off and call the work's pass themselves.</summary>
    public bool BackgroundEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// The first pass (and retention) waits this long after the host starts, unless a handler's commit signals first:
    /// it should not compete with the first requests for the cores. Deliveries due before a restart go out this much later.
    /// </summary>
    public TimeSpan FirstPassDelay { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 20;
    public int MaxAttempts { get; set; } = 6;
    /// <summary>How long one send may take (connect + send) before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a claimed row belongs to one host; longer than <see cref="SendTimeout"/>.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Sent deliveries older than this many days are deleted by the retention pass.</summary>
    public int SentRetentionDays { get; set; } = 30;
    /// <summary>Failed deliveries are kept longer (an admin may still requeue them); 0 keeps them until requeued.</summary>
    public int FailedRetentionDays { get; set; } = 180;
    /// <summary>How many rows one delete statement removes, so a large backlog never holds one long write lock.</summary>
    public int RetentionBatchSize { get; set; } = 500;
    /// <summary>How often the hosted loop runs the retention pass.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);
    /// <summary>The SMTP password (a secret: environment variable Notifications__Delivery__SmtpPassword or a secret store).</summary>
    public string? SmtpPassword { get; set; }
}
