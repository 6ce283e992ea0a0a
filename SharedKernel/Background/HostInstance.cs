namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// This process's name in leases (work leases, outbox claims): machine, process id and a random part, so two
/// processes never share a name, not even after a restart with the same process id.
/// </summary>
public sealed class HostInstance
{
    public HostInstance()
        : this($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}")
    {
    }

    public HostInstance(string name) => Name = name.Length > 100 ? name[..100] : name;

    public string Name { get; }
}
