using NodaTime;

namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// Who may run a named unit of periodic work until when: one row per work name in the module's own database
/// (table WorkLeases). Taken and renewed with a conditional update, so with several hosts only one runs a tick.
/// </summary>
public sealed class WorkLease
{
    private WorkLease() { Name = Holder = string.Empty; }

    public WorkLease(string name, string holder, Instant until)
    {
        Name = name;
        Holder = holder;
        Until = until;
    }

    public string Name { get; private set; }
    public string Holder { get; private set; }
    public Instant Until { get; private set; }
}
