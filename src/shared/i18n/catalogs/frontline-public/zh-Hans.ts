import type { FrontlinePublicMessages } from './en.ts';

/** 支持、危险、纸质回执、回电和安全计划（简体中文；机器辅助翻译，等待社区审阅）。 */
export const zhHans: FrontlinePublicMessages = {
  'support.nav': '支持',
  'support.title': '支持与安全',
  'support.lead': '您不必独自面对。以下是您现在可以做的事，以及可以帮助您的人。',
  'support.now.heading': '现在该做什么',
  'support.now.danger': '如果您有危险，请先拨打 911。说明您正受到威胁；如果知道是谁，也请说出来。',
  'support.now.record':
    '趁记忆清楚时写下发生的事：日期、时间、对方说了什么、电话号码和账号。保留截图和消息，不要删除。',
  'support.now.tell': '把正在发生的事告诉一位您信任的人，并约定彼此如何确认平安。',
  'support.now.report': '向我们报告。您可以匿名，是否转交警方由您决定。',
  'support.family.heading': '保护在海外的家人',
  'support.family.careful':
    '向仍在原籍国的亲属施压是常见手段。在公开发声或报告之前，请想一想那里谁可能受到影响；如果可以，请用安全的方式提醒他们。',
  'support.family.channels':
    '请假设与亲属的通话和消息可能被监控。约定简单的暗语，不要在这些渠道上谈论您的报告。',
  'support.family.pressure':
    '如果亲属被问话、拘押，或被要求向您传话，请写下发生的事并告诉我们。这是整体模式的一部分，这很重要。',
  'support.digital.heading': '数字安全基本知识',
  'support.digital.updates': '及时更新手机和电脑，删除不用的应用程序。',
  'support.digital.accounts':
    '每个账号使用不同的强密码，并开启两步验证（用验证应用或安全密钥比短信更安全）。',
  'support.digital.spyware':
    '间谍软件的可能迹象：电池耗电很快、设备闲置时发热、出现不是您添加的应用或设置，或有人知道您只在私下说过的话。如有怀疑，请换一台设备，并向数字安全求助热线寻求帮助。',
  'support.digital.links': '不要打开意料之外的链接或附件，即使来自认识的人。请先用其他方式向发送者确认。',
  'support.digital.location': '检查哪些应用和账号在共享您的位置，关闭不需要的共享。',
  'support.help.heading': '受害者服务和求助热线',
  'support.help.lead': '这些服务可以提供帮助。大多数免费且保密，很多可以安排口译。',
  'support.help.phone': '电话：',
  'support.help.website': '网站',
  'support.help.none': '服务列表正在更新。紧急情况请拨打 911。',
  'support.followUp.heading': '如果您已经报告过',
  'support.followUp.body': '凭您的回执，在“查看进展”中，您可以请我们给您回电，并阅读您的安全计划。',

  'danger.received.heading': '您告诉我们您现在有危险',
  'danger.received.call': '如果还没有，请现在拨打 911。警察可以赶到您身边，我们做不到。',
  'danger.received.next.heading': '现在会怎样',
  'danger.received.next.read': '您的报告已标为紧急，值班工作人员会立即收到通知。',
  'danger.received.next.target':
    '我们力求在 {minutes} 分钟内回应紧急报告。如果您留下了联系方式并同意我们联系，我们只会用您要求的方式联系您。',
  'danger.received.next.safe': '如果可以，请去安全的地方，和您信任的人在一起。',
  'danger.received.next.callback': '您也可以请我们给您回电：请凭回执前往“查看进展”。',

  'slip.title': '您向 FocalPoint 提交的报告',
  'slip.recorded': '我们团队的一名成员于 {date} 与您一起记录了您的报告。',
  'slip.keep': '这张回执是回到您报告的唯一途径。请把这张纸放在可能监视您的人找不到的地方。我们不保留副本。',
  'slip.followUp.heading': '查看进展',
  'slip.followUp.body':
    '要了解我们的处理情况、阅读我们的留言、补充信息或请我们回电，请前往以下网址并输入您的回执：',
  'slip.support.heading': '支持与安全建议',

  'callback.heading': '请我们给您回电',
  'callback.lead': '请留下一个可以安全拨打的号码，以及安全的通话时间。我们的来电可能显示为未知号码。',
  'callback.phone.label': '可以安全拨打的号码',
  'callback.safeTimes.label': '什么时候打电话是安全的？',
  'callback.safeTimes.hint': '例如：工作日下午 6 点以后；周末不要打。',
  'callback.language.label': '使用的语言',
  'callback.submit': '请求回电',
  'callback.requested': '您的请求已发送。我们会在您给出的时间给您打电话。',
  'callback.waiting': '我们打过电话后，您可以再次请求。',
  'callback.error.alreadyAsked': '您已经请求过回电。我们会尽快给您打电话。',
  'callback.status.requested': '您于 {date} 请求我们回电。我们还没有打电话。',
  'callback.status.reached': '您于 {date} 请求我们回电。我们已于 {doneDate} 给您打了电话。',
  'callback.status.no_answer':
    '您于 {date} 请求我们回电。我们于 {doneDate} 尝试联系您，但没有接通。您可以再次请求。',
  'callback.status.unsafe_to_talk':
    '您于 {date} 请求我们回电。我们于 {doneDate} 打了电话，但当时不方便安全交谈。您可以再次请求。',
  'callback.status.wrong_number':
    '您于 {date} 请求我们回电。我们于 {doneDate} 打了电话，但这个号码联系不到您。您可以用另一个号码再次请求。',
  'callback.form.legend': '您希望我们给您打电话吗？',
  'callback.form.hint': '仅在对您安全时。勾选此项，并留下号码和时间。',
  'callback.form.wanted': '是的，请给我打电话',

  'safetyPlan.heading': '您的安全计划',
  'safetyPlan.lead': '这是您和我们团队一起制定的计划。标有“已完成”的步骤已经完成。',
  'safetyPlan.updated': '最后更新于 {date}。',
  'safetyPlan.section.physical': '人身安全',
  'safetyPlan.section.digital': '数字安全：账号、设备、间谍软件迹象',
  'safetyPlan.section.family': '在原籍国的家人',
  'safetyPlan.section.contacts': '您信任的人',
  'safetyPlan.section.recurrence': '如果再次发生',
  'safetyPlan.done': '已完成',
  'safetyPlan.todo': '待完成',
  'safetyPlan.contacts.heading': '您信任的联系人',
  'safetyPlan.support': '更多建议请见“支持”页面',
};
