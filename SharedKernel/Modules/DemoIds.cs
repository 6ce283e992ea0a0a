using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>
/// Deterministic ids for demo data, so that modules seeding the same demo story independently (each into its own
/// database) refer to the same customer or deal: <c>DemoIds.Of("customer:绍兴恒清过滤设备有限公司")</c> is the same in every module.
/// </summary>
public static class DemoIds
{
    public static Guid Of(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("salessuite-demo:" + key)));

    public static Guid Customer(string companyName) => Of("customer:" + companyName);
}
